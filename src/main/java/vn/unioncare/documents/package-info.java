/**
 * Documents: files attached to a case and PDFs the processes generate. {@link vn.unioncare.documents.DocumentStore}
 * keeps them outside the web root, accepts uploads only of an allow-list of types recognised by their content, and
 * makes no access decisions of its own: the feature that owns a document (e.g. casework for {@code case:} owners)
 * checks who may see it before calling the store. {@link vn.unioncare.documents.StagedUploads} keeps the files of
 * form file fields between upload and submission (the forms feature's {@link vn.unioncare.forms.StagedFiles}) and
 * hands them to their final owner.
 * <p>
 * Official documents in the Vietnamese administrative layout: {@link vn.unioncare.documents.AdministrativeLetters}
 * prints decisions and other letters, {@link vn.unioncare.documents.PaymentReceipts} receipts for money paid, both
 * on the {@link vn.unioncare.documents.PdfDocument} builder; {@link vn.unioncare.documents.DocumentNumbers} numbers
 * them ("15/QĐ-CĐCS") in the caller's transaction.
 */
package vn.unioncare.documents;
