// Suggestions under the header's search box: the pages whose titles start like
// what the visitor types, from /<lang>/search/suggest/. Without JavaScript the
// box is a plain search form.
(() => {
    const form = document.querySelector("form[data-suggest-url]");
    if (!form || !window.fetch) return;
    const input = form.querySelector("input[aria-controls]");
    const list = document.getElementById(input.getAttribute("aria-controls"));
    let options = [];
    let active = -1;
    let timer;
    let controller;

    function close() {
        list.hidden = true;
        list.replaceChildren();
        options = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function option(result, index) {
        const item = document.createElement("li");
        item.id = `${list.id}-${index}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.dataset.url = result.url;
        const title = document.createElement("span");
        title.textContent = result.title;
        const type = document.createElement("span");
        type.className = "search-suggestions__type";
        type.textContent = result.type;
        item.append(title, " ", type);
        // mousedown, not click: the input keeps focus and the list stays open.
        item.addEventListener("mousedown", (event) => {
            event.preventDefault();
            window.location.assign(result.url);
        });
        return item;
    }

    function show(results) {
        options = results.map(option);
        active = -1;
        list.replaceChildren(...options);
        list.hidden = options.length === 0;
        input.setAttribute("aria-expanded", String(options.length > 0));
        input.removeAttribute("aria-activedescendant");
    }

    function activate(index) {
        options.forEach((item, position) => {
            item.setAttribute("aria-selected", String(position === index));
        });
        active = index;
        input.setAttribute("aria-activedescendant", options[index].id);
    }

    async function suggest() {
        const query = input.value.trim();
        if (query.length < 2) {
            close();
            return;
        }
        controller?.abort();
        controller = new AbortController();
        const url = new URL(form.dataset.suggestUrl, window.location.href);
        url.searchParams.set("q", query);
        try {
            const response = await fetch(url, {
                signal: controller.signal,
                headers: { Accept: "application/json" },
            });
            if (!response.ok) {
                close();
                return;
            }
            show((await response.json()).results);
        } catch (error) {
            if (error.name !== "AbortError") close();
        }
    }

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(suggest, 200);
    });
    input.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !list.hidden) {
            // The first Escape closes the list; only a second one clears the box.
            event.preventDefault();
            close();
        } else if (!options.length) {
            return;
        } else if (event.key === "ArrowDown") {
            event.preventDefault();
            activate((active + 1) % options.length);
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            activate((active - 1 + options.length) % options.length);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            window.location.assign(options[active].dataset.url);
        }
    });
    input.addEventListener("blur", close);
})();
