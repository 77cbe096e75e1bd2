#include "app/window_session.h"

#include "app/load_messages.h"
#include "app/renderer_setup.h"
#include "app/window_start.h"

#include <cstdio>
#include <future>

namespace app {

namespace {
// There is no saved window size: the window fills the display it opens on (sized to the
// display's usable area, then maximised for window managers that add decorations).
void fillDisplay(SDL_Window* window, bool fullscreen) {
    SDL_Rect usable{};
    const int display = SDL_GetWindowDisplayIndex(window);
    if (display >= 0 && SDL_GetDisplayUsableBounds(display, &usable) == 0 && usable.w > 0 &&
        usable.h > 0) {
        SDL_SetWindowSize(window, usable.w, usable.h);
        SDL_SetWindowPosition(window, usable.x, usable.y);
    }
    SDL_MaximizeWindow(window);
    if (fullscreen) SDL_SetWindowFullscreen(window, SDL_WINDOW_FULLSCREEN_DESKTOP);
}
}  // namespace

OpenedWindow openWindow(Options& options, const std::string& argv0) {
    // The map loads on another thread (and the base map's vertex data is worked out there) while
    // the window opens and the renderer compiles its programs and opens its fonts (none of which
    // needs the map): about 0.1 s each on a 2-core llvmpipe machine, side by side. Fontconfig's
    // lookups run on a third thread meanwhile.
    render::BaseMapPass::Vertices vertices;
    std::future<MapSession> loading = std::async(std::launch::async, [&] {
        MapSession loaded = loadMapSession(options, argv0);
        if (!loaded.fatal) vertices = render::BaseMapPass::prepare(loaded.map);
        return loaded;
    });
    std::future<RendererFonts> fontFiles = std::async(std::launch::async, findRendererFonts);
    OpenedWindow w;
    std::string err;
    w.window = GlWindow::create("Corridor", 1600, 900, false, &err);
    if (w.window) {
        fillDisplay(w.window->window(), options.present);
        w.renderer = render::MapRenderer::create(&err);
    }
    if (!w.renderer) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        w.exitCode = kExitRender;
        return w;
    }
    std::vector<std::string> fontWarnings;
    prepareFonts(*w.renderer, fontFiles.get(), &fontWarnings);
    w.session = loading.get();
    printMessages(stderr, "error", w.session.errors);
    if (!w.session.manifest) {
        w.exitCode = kExitInput;
        return w;
    }
    checkViewOption(options, w.session);
    printMessages(stderr, "warning", w.session.warnings);
    prepareMap(*w.renderer, w.session, &vertices);
    w.session.errors.insert(w.session.errors.end(), fontWarnings.begin(), fontWarnings.end());
    return w;
}

std::optional<glm::dvec2> switchProjection(MapSession& session, render::MapRenderer& renderer,
                                           geo::ProjectionKind projection,
                                           const std::vector<std::string>& addFiles,
                                           glm::dvec2 centreWorld) {
    std::string err;
    auto oldProj = geo::Projection::create(session.map.projection, &err);
    const geo::LonLat centre = oldProj ? oldProj->inverse(centreWorld) : geo::LonLat{};
    session.errors.clear();
    rebuildMap(session, projection, addFiles);
    renderer.setMap(session.map, session.manifest->themes);
    uploadTimeline(renderer, session);
    auto newProj = geo::Projection::create(projection, &err);
    if (!newProj) return std::nullopt;
    return newProj->forward(centre);
}

}  // namespace app
