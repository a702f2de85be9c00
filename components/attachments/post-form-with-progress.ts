/**
 * POSTs a multipart form with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * @param onProgress - called with the fraction sent so far, 0 to 1.
 * @returns the response status and its JSON body (null when it has none).
 * @throws TypeError when the request fails on the network.
 */
export function postFormWithProgress(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.response as unknown });
    request.onerror = () => reject(new TypeError("The upload failed; check your connection and try again"));
    request.send(form);
  });
}
