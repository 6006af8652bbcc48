// Code added by ties (github.com/tiesnet/ties), not part of go-graphviz.

package wasm

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// go-graphviz compiles and instantiates its WebAssembly module in this
// package's init, in every process that links it: about 1 s on a first run
// and 30 ms with wazero's cache warm, for ties commands that draw nothing.
// Here init only makes the module's Go side (the callbacks gvc registers)
// and sets the enumerations to their values in graphviz.wasm; the module
// is compiled and instantiated by the first call into it (ExportedFunction,
// FileSystem), once.

var (
	loadOnce sync.Once
	loaded   atomic.Bool
	hooks    []func(context.Context) error
)

func init() {
	mod = &WasmModule{lookupFuncMap: &LookupFuncMap{}}
	setEnums()
}

// ensureLoaded compiles and instantiates the module on first use.
func ensureLoaded() { loadOnce.Do(load) }

// Loaded reports whether the WebAssembly module has been loaded.
func Loaded() bool { return loaded.Load() }

// AfterLoad registers f to run once the module is loaded (cgraph's graph
// descriptors); f may call into the module.
func AfterLoad(f func(context.Context) error) { hooks = append(hooks, f) }

// afterLoad ends load: the enumerations read from the module must be the
// ones set at init (other packages copied them into their own variables),
// then the hooks run.
func afterLoad(ctx context.Context) {
	got := enums()
	setEnums()
	if want := enums(); got != want {
		panic(fmt.Sprintf("go-graphviz (ties' lazy loading): graphviz.wasm's enumerations differ from lazy.go's; regenerate it (%v, want %v)", got, want))
	}
	loaded.Store(true)
	for _, f := range hooks {
		if err := f(ctx); err != nil {
			panic(err)
		}
	}
}

// setEnums sets the enumerations to their values in graphviz.wasm
// (go-graphviz v0.2.10, Graphviz 12.1.2).
func setEnums() {
	GRAPH = ObjectTag(0)
	NODE = ObjectTag(1)
	OUT_EDGE = ObjectTag(2)
	IN_EDGE = ObjectTag(3)
	EDGE = ObjectTag(2)
	WARN = ErrorLevel(0)
	ERR = ErrorLevel(1)
	MAX = ErrorLevel(2)
	PREV = ErrorLevel(3)
	IMAGE_TYPE_NULL = ImageType(0)
	IMAGE_TYPE_BMP = ImageType(1)
	IMAGE_TYPE_GIF = ImageType(2)
	IMAGE_TYPE_PNG = ImageType(3)
	IMAGE_TYPE_JPEG = ImageType(4)
	IMAGE_TYPE_PDF = ImageType(5)
	IMAGE_TYPE_PS = ImageType(6)
	IMAGE_TYPE_EPS = ImageType(7)
	IMAGE_TYPE_SVG = ImageType(8)
	IMAGE_TYPE_XML = ImageType(9)
	IMAGE_TYPE_RIFF = ImageType(10)
	IMAGE_TYPE_WEBP = ImageType(11)
	IMAGE_TYPE_ICO = ImageType(12)
	IMAGE_TYPE_TIFF = ImageType(13)
	ROOTGRAPH_OBJTYPE = ObjectType(0)
	CLUSTER_OBJTYPE = ObjectType(1)
	NODE_OBJTYPE = ObjectType(2)
	EDGE_OBJTYPE = ObjectType(3)
	MAP_RECTANGLE = MapShapeType(0)
	MAP_CIRCLE = MapShapeType(1)
	MAP_POLYGON = MapShapeType(2)
	EMIT_GDRAW = EmitState(0)
	EMIT_CDRAW = EmitState(1)
	EMIT_TDRAW = EmitState(2)
	EMIT_HDRAW = EmitState(3)
	EMIT_GLABEL = EmitState(4)
	EMIT_CLABEL = EmitState(5)
	EMIT_TLABEL = EmitState(6)
	EMIT_HLABEL = EmitState(7)
	EMIT_NDRAW = EmitState(8)
	EMIT_EDRAW = EmitState(9)
	EMIT_NLABEL = EmitState(10)
	EMIT_ELABEL = EmitState(11)
	EMIT_SORTED = EmitType(1)
	EMIT_COLORS = EmitType(2)
	EMIT_CLUSTERS_LAST = EmitType(4)
	EMIT_PREORDER = EmitType(8)
	EMIT_EDGE_SORTED = EmitType(16)
	DEVICE_DOES_PAGES = DeviceType(32)
	DEVICE_DOES_LAYERS = DeviceType(64)
	DEVICE_EVENTS = DeviceType(128)
	DEVICE_DOES_TRUECOLOR = DeviceType(256)
	DEVICE_BINARY_FORMAT = DeviceType(512)
	DEVICE_COMPRESSED_FORMAT = DeviceType(1024)
	DEVICE_NO_WRITER = DeviceType(2048)
	RENDER_Y_GOES_DOWN = RenderType(4096)
	RENDER_DOES_TRANSFORM = RenderType(8192)
	RENDER_DOES_LABELS = RenderType(32768)
	RENDER_DOES_MAPS = RenderType(65536)
	RENDER_DOES_MAP_RECTANGLE = RenderType(131072)
	RENDER_DOES_MAP_CIRCLE = RenderType(262144)
	RENDER_DOES_MAP_POLYGON = RenderType(524288)
	RENDER_DOES_MAP_ELLIPSE = RenderType(1048576)
	RENDER_DOES_MAP_BSPLINE = RenderType(2097152)
	RENDER_DOES_TOOLTIPS = RenderType(4194304)
	RENDER_DOES_TARGETS = RenderType(8388608)
	RENDER_DOES_Z = RenderType(16777216)
	RENDER_NO_WHITE_BG = RenderType(33554432)
	LAYOUT_NOT_REQUIRED = RequiredType(67108864)
	OUTPUT_NOT_REQUIRED = RequiredType(134217728)
	PEN_NONE = PenType(0)
	PEN_DASHED = PenType(1)
	PEN_DOTTED = PenType(2)
	PEN_SOLID = PenType(3)
	FILL_NONE = FillType(0)
	FILL_SOLID = FillType(1)
	FILL_LINEAR = FillType(2)
	FILL_RADIAL = FillType(3)
	FONT_REGULAR = FontType(0)
	FONT_BOLD = FontType(1)
	FONT_ITALIC = FontType(2)
	LABEL_PLAIN = LabelType(0)
	LABEL_HTML = LabelType(1)
	HSVA_DOUBLE = ColorType(0)
	RGBA_BYTE = ColorType(1)
	RGBA_WORD = ColorType(2)
	RGBA_DOUBLE = ColorType(3)
	COLOR_STRING = ColorType(4)
	COLOR_INDEX = ColorType(5)
	API_RENDER = API(0)
	API_LAYOUT = API(1)
	API_TEXTLAYOUT = API(2)
	API_DEVICE = API(3)
	API_LOADIMAGE = API(4)
}

// enums returns the enumerations' values.
func enums() [93]int64 {
	return [93]int64{
		int64(GRAPH),
		int64(NODE),
		int64(OUT_EDGE),
		int64(IN_EDGE),
		int64(EDGE),
		int64(WARN),
		int64(ERR),
		int64(MAX),
		int64(PREV),
		int64(IMAGE_TYPE_NULL),
		int64(IMAGE_TYPE_BMP),
		int64(IMAGE_TYPE_GIF),
		int64(IMAGE_TYPE_PNG),
		int64(IMAGE_TYPE_JPEG),
		int64(IMAGE_TYPE_PDF),
		int64(IMAGE_TYPE_PS),
		int64(IMAGE_TYPE_EPS),
		int64(IMAGE_TYPE_SVG),
		int64(IMAGE_TYPE_XML),
		int64(IMAGE_TYPE_RIFF),
		int64(IMAGE_TYPE_WEBP),
		int64(IMAGE_TYPE_ICO),
		int64(IMAGE_TYPE_TIFF),
		int64(ROOTGRAPH_OBJTYPE),
		int64(CLUSTER_OBJTYPE),
		int64(NODE_OBJTYPE),
		int64(EDGE_OBJTYPE),
		int64(MAP_RECTANGLE),
		int64(MAP_CIRCLE),
		int64(MAP_POLYGON),
		int64(EMIT_GDRAW),
		int64(EMIT_CDRAW),
		int64(EMIT_TDRAW),
		int64(EMIT_HDRAW),
		int64(EMIT_GLABEL),
		int64(EMIT_CLABEL),
		int64(EMIT_TLABEL),
		int64(EMIT_HLABEL),
		int64(EMIT_NDRAW),
		int64(EMIT_EDRAW),
		int64(EMIT_NLABEL),
		int64(EMIT_ELABEL),
		int64(EMIT_SORTED),
		int64(EMIT_COLORS),
		int64(EMIT_CLUSTERS_LAST),
		int64(EMIT_PREORDER),
		int64(EMIT_EDGE_SORTED),
		int64(DEVICE_DOES_PAGES),
		int64(DEVICE_DOES_LAYERS),
		int64(DEVICE_EVENTS),
		int64(DEVICE_DOES_TRUECOLOR),
		int64(DEVICE_BINARY_FORMAT),
		int64(DEVICE_COMPRESSED_FORMAT),
		int64(DEVICE_NO_WRITER),
		int64(RENDER_Y_GOES_DOWN),
		int64(RENDER_DOES_TRANSFORM),
		int64(RENDER_DOES_LABELS),
		int64(RENDER_DOES_MAPS),
		int64(RENDER_DOES_MAP_RECTANGLE),
		int64(RENDER_DOES_MAP_CIRCLE),
		int64(RENDER_DOES_MAP_POLYGON),
		int64(RENDER_DOES_MAP_ELLIPSE),
		int64(RENDER_DOES_MAP_BSPLINE),
		int64(RENDER_DOES_TOOLTIPS),
		int64(RENDER_DOES_TARGETS),
		int64(RENDER_DOES_Z),
		int64(RENDER_NO_WHITE_BG),
		int64(LAYOUT_NOT_REQUIRED),
		int64(OUTPUT_NOT_REQUIRED),
		int64(PEN_NONE),
		int64(PEN_DASHED),
		int64(PEN_DOTTED),
		int64(PEN_SOLID),
		int64(FILL_NONE),
		int64(FILL_SOLID),
		int64(FILL_LINEAR),
		int64(FILL_RADIAL),
		int64(FONT_REGULAR),
		int64(FONT_BOLD),
		int64(FONT_ITALIC),
		int64(LABEL_PLAIN),
		int64(LABEL_HTML),
		int64(HSVA_DOUBLE),
		int64(RGBA_BYTE),
		int64(RGBA_WORD),
		int64(RGBA_DOUBLE),
		int64(COLOR_STRING),
		int64(COLOR_INDEX),
		int64(API_RENDER),
		int64(API_LAYOUT),
		int64(API_TEXTLAYOUT),
		int64(API_DEVICE),
		int64(API_LOADIMAGE),
	}
}
