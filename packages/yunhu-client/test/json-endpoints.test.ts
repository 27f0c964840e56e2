import { describe, expect, it } from "vitest";
import { fakeStatusCode } from "../src/testing/index.js";
import { group, rejectionOf, sendTexts, startFakeAndClient } from "./helpers.js";

describe("listMessageEditRecord", () => {
  it("pages through the edit history, newest first, with the total", async () => {
    let clock = 0;
    const { client } = await startFakeAndClient({}, { now: () => ++clock });
    const { msgId } = await client.sendMessage({ ...group, contentType: 1, data: { text: "v0" } });
    for (const text of ["v1", "v2", "v3"]) {
      await client.editMessage({ ...group, msgId, contentType: 1, content: { text } });
    }
    const first = await client.listMessageEditRecord({ msgId, page: 1, size: 2 });
    expect(first).toMatchObject({ code: 1, msg: "success" });
    expect(first.data?.total).toBe(3);
    expect(first.data?.list.map((r) => JSON.parse(r.contentOld).text)).toEqual(["v2", "v1"]);
    const second = await client.listMessageEditRecord({ msgId, page: 2, size: 2 });
    expect(second.data?.list.map((r) => JSON.parse(r.contentOld).text)).toEqual(["v0"]);
    expect(second.data?.list[0]).toMatchObject({ msgId, contentType: 1, createTime: 1 });
  });

  it("rejects with the JSON code for an unknown message", async () => {
    const { client } = await startFakeAndClient();
    const error = await rejectionOf(client.listMessageEditRecord({ msgId: "nope", page: 1, size: 5 }));
    expect(error).toMatchObject({
      kind: "api",
      code: fakeStatusCode.notFound,
      status: 200,
      endpoint: "/v1/msg/list-message-edit-record",
    });
  });
});

describe("fileDownloadRecord", () => {
  it("records the download of a file message", async () => {
    const { fake, client } = await startFakeAndClient();
    const { msgId } = await client.sendMessage({
      ...group,
      contentType: 4,
      data: { fileName: "a.txt", fileKey: "files/a.txt", fileSize: 12 },
    });
    const result = await client.fileDownloadRecord({ msgId, downloadPath: "/storage/Download/a.txt" });
    expect(result).toMatchObject({ code: 1, msg: "success" });
    expect(fake.downloadRecords).toEqual([
      { userId: "10001", msgId, downloadPath: "/storage/Download/a.txt" },
    ]);
  });

  it("rejects a message that is not a file with the JSON code", async () => {
    const { fake, client } = await startFakeAndClient();
    const [msgId] = await sendTexts(client, group, 1);
    const error = await rejectionOf(client.fileDownloadRecord({ msgId: msgId!, downloadPath: "/x" }));
    expect(error).toMatchObject({ kind: "api", code: fakeStatusCode.invalidRequest });
    expect(fake.downloadRecords).toEqual([]);
  });
});

describe("client.api", () => {
  it("is the openapi-fetch client over the JSON endpoints, token header preset", async () => {
    const { client } = await startFakeAndClient();
    const { data, response } = await client.api.POST("/v1/msg/file-download-record", {
      body: { msgId: "none", downloadPath: "/x" },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ code: fakeStatusCode.notFound, msg: "no such message" });
  });
});
