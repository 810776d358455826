using Microsoft.Playwright;

namespace StatiqReport.Tests.Support;

/// <summary>
/// The folder that Sveltia's "Work with Local Repository" edits, for a headless Chromium that cannot show a
/// folder picker. <c>window.showDirectoryPicker</c> is replaced (test code only) by one that returns a real
/// FileSystemDirectoryHandle: a folder of the page's Origin Private File System, seeded with the site's
/// files. Sveltia then reads and writes through the same File System Access calls it makes on a folder a
/// person picks (its temporary file and move included); after each save the test copies what changed back
/// to the site folder on disk, where the preview sees it as it would see a save by the browser.
/// (Chosen over a handle backed by HTTP calls: no JavaScript imitation of the handle to get wrong, nothing
/// in src/ or the preview that accepts writes, and the stored handle survives a reload as a real one does.)
/// </summary>
public static class LocalFolderStub
{
    private const string Folder = "statiqreport-site";

    /// <summary>Makes the picker return the private folder; call before the first navigation.</summary>
    public static Task Install(IPage page) => page.AddInitScriptAsync(
        $"window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('{Folder}', {{ create: true }});");

    /// <summary>Fills the private folder with the site's files (its data/, input/ and theme/ folders, no .git).</summary>
    public static async Task Seed(IPage page, TempSite site)
    {
        var files = new List<string[]>();
        foreach (var top in new[] { "data", "input", "theme" })
        {
            var dir = Path.Combine(site.Root, top);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                files.Add([Path.GetRelativePath(site.Root, file).Replace('\\', '/'), Convert.ToBase64String(File.ReadAllBytes(file))]);
        }
        await page.EvaluateAsync("""
            async files => {
              const opfs = await navigator.storage.getDirectory();
              try { await opfs.removeEntry('statiqreport-site', { recursive: true }); } catch { }
              const site = await opfs.getDirectoryHandle('statiqreport-site', { create: true });
              for (const [rel, b64] of files) {
                const parts = rel.split('/');
                let dir = site;
                for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
                const w = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
                await w.write(Uint8Array.from(atob(b64), c => c.charCodeAt(0)));
                await w.close();
              }
            }
            """, files);
    }

    /// <summary>
    /// Copies every file of the private folder that differs from the site folder (new or changed) to the site
    /// folder, and returns their paths: what the CMS wrote since the last call.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CopyBack(IPage page, TempSite site)
    {
        var files = await page.EvaluateAsync<string[][]>("""
            async () => {
              const out = [];
              const walk = async (dir, rel) => {
                for await (const [name, h] of dir.entries()) {
                  const r = rel ? rel + '/' + name : name;
                  if (h.kind === 'directory') { await walk(h, r); continue; }
                  if (name.startsWith('.sveltia-tmp-')) continue; // a save under way: its file is moved into place next
                  let bytes;
                  try { bytes = new Uint8Array(await (await h.getFile()).arrayBuffer()); }
                  catch { continue; } // moved or removed while being read: the next call sees where it went
                  let s = '';
                  for (const b of bytes) s += String.fromCharCode(b);
                  out.push([r, btoa(s)]);
                }
              };
              await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('statiqreport-site'), '');
              return out;
            }
            """);
        var written = new List<string>();
        foreach (var file in files.OrderBy(f => f[0], StringComparer.Ordinal))
        {
            var bytes = Convert.FromBase64String(file[1]);
            var full = site.Path_(file[0]);
            if (File.Exists(full) && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes)) continue;
            site.WriteBytes(file[0], bytes);
            written.Add(file[0]);
        }
        return written;
    }
}
