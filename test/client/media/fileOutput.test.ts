import { fileOutput } from "../../../src/client/media/fileOutput";

describe("fileOutput", () => {
  it("is spectral's file result, with the name in Content-Disposition", () => {
    const data = Buffer.from("file");
    expect(fileOutput({ data, contentType: "image/png", fileName: "ME1.png" })).toEqual({
      data,
      contentType: "image/png",
      headers: { "Content-Disposition": 'attachment; filename="ME1.png"' },
    });
  });
});
