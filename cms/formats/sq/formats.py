# Albanian writes the day without a leading zero and the time on a 24-hour clock;
# Django's own Albanian formats use "06 Maj 2021, 10.00.AM".
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
