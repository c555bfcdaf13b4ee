// The PDF process (see pdf.ts): compiles one document per message with Typst
// and sends the PDF back, or the error's message. It ends with its parent.
import { register } from "tsx/esm/api";

register();
const { compilePdf } = await import("./pdf-render.ts");

process.on("message", ({ id, source, data }) => {
  try {
    process.send({ id, pdf: compilePdf(source, data) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
process.on("disconnect", () => process.exit(0));
