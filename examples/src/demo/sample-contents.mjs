// One message of every content kind, as a support desk would send them.

/** @type {{ label: string, message: import("@chatwire/adapters").OutgoingMessage }[]} */
export const sampleMessages = [
  {
    label: "text",
    message: { content: { kind: "text", text: "Good morning, the printer on floor 2 is fixed." } },
  },
  {
    label: "markdown",
    message: {
      content: {
        kind: "markdown",
        markdown: "**Release 2.4** is out — see the [notes](https://notes.example/2.4).",
      },
    },
  },
  { label: "html", message: { content: { kind: "html", html: "<b>Maintenance</b> tonight 22:00–23:00" } } },
  {
    label: "image",
    message: {
      content: {
        kind: "image",
        url: "https://img.example/floor2.jpg",
        name: "floor2.jpg",
        width: 1280,
        height: 720,
        size: 183_220,
      },
    },
  },
  {
    label: "audio",
    message: { content: { kind: "audio", url: "https://cdn.example/voice-17.m4a", durationSeconds: 7 } },
  },
  {
    label: "video",
    message: {
      content: {
        kind: "video",
        url: "https://cdn.example/howto.mp4",
        name: "howto.mp4",
        durationSeconds: 42,
        size: 5_200_000,
      },
    },
  },
  {
    label: "file",
    message: {
      content: { kind: "file", url: "https://cdn.example/manual.pdf", name: "manual.pdf", size: 1_048_576 },
    },
  },
  {
    label: "location",
    message: {
      content: { kind: "location", latitude: 31.2304, longitude: 121.4737, description: "Support office" },
    },
  },
  { label: "card", message: { content: { kind: "card", userId: "agent-ann", name: "Ann (on call)" } } },
  {
    label: "sticker",
    message: {
      content: { kind: "sticker", url: "https://img.example/thumbs-up.gif", itemId: 12, packId: 3 },
    },
  },
  {
    label: "post",
    message: {
      content: {
        kind: "post",
        title: "Weekly digest",
        body: "## Fixed\n- printer\n- VPN",
        format: "markdown",
      },
    },
  },
  {
    label: "custom",
    message: {
      content: { kind: "custom", data: '{"ticket":4711,"state":"closed"}', description: "ticket update" },
    },
  },
  {
    label: "forward",
    message: {
      content: {
        kind: "forward",
        title: "Escalation",
        summaries: ["Mei: VPN drops hourly", "Lei: same here"],
        messages: [],
      },
    },
  },
  {
    label: "notification",
    message: {
      content: {
        kind: "notification",
        event: "maintenance",
        text: "Maintenance window starts in 10 minutes",
      },
    },
  },
  {
    label: "text + quote, mention, button",
    message: {
      content: { kind: "text", text: "Could you confirm it works now?" },
      quote: { messageId: "earlier-1", senderName: "Mei", text: "printer shows error E7" },
      mentions: [{ userId: "10002", name: "Lei" }],
      buttons: [[{ text: "Status page", action: "link", url: "https://status.example" }]],
    },
  },
];
