"""The demo guide's content as plain Python data: places, FAQs, pages and pictures."""
