"""One-page PDFs written by hand for the reader tests: no PDF library is needed to make them.

Loaded by file path (the tests are not a package): see ``tests/test_documents.py``.
"""

from __future__ import annotations

import io


def one_page_pdf(content: bytes, *, font: bytes = b"/Type /Font /Subtype /Type1 /BaseFont /Helvetica") -> bytes:
    """A valid PDF of one A4 page drawn by the content stream ``content``, font ``/F1``."""
    return pdf_of_pages([content], font=font)


def pdf_of_pages(contents: list[bytes], *, font: bytes = b"/Type /Font /Subtype /Type1 /BaseFont /Helvetica") -> bytes:
    """A valid PDF of A4 pages, each drawn by its content stream, all with the font ``/F1``."""
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(contents))).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(contents)).encode() + b" >>",
        b"<< " + font + b" >>",
    ]
    for n, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
                       str(5 + 2 * n).encode() + b" 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
