// Default derived and hand-written, From<&str> and From<(u8, u8, u8)> for a Color, and .into().
#[derive(Debug, Default)]
struct Settings {
    volume: u8,
    muted: bool,
    name: String,
}

#[derive(Debug, PartialEq)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

impl Default for Color {
    fn default() -> Self {
        Color { r: 255, g: 255, b: 255 }
    }
}

impl From<(u8, u8, u8)> for Color {
    fn from(t: (u8, u8, u8)) -> Self {
        Color { r: t.0, g: t.1, b: t.2 }
    }
}

impl From<&str> for Color {
    fn from(s: &str) -> Self {
        match s {
            "red" => Color { r: 255, g: 0, b: 0 },
            "black" => Color { r: 0, g: 0, b: 0 },
            _ => Color::default(),
        }
    }
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let loud = Settings { volume: 11, ..Default::default() };
    println!("{:#?}", loud);
    let c1 = Color::from((1, 2, 3));
    let c2: Color = "red".into();
    let c3: Color = Color::from("purple");
    println!("{:?}\n{:?}\n{:?}", c1, c2, c3);
    println!("c3 is white: {}", c3 == Color::default());
}
// expect: Settings { volume: 0, muted: false, name: "" }
// expect: Settings {
// expect:     volume: 11,
// expect:     muted: false,
// expect:     name: "",
// expect: }
// expect: Color { r: 1, g: 2, b: 3 }
// expect: Color { r: 255, g: 0, b: 0 }
// expect: Color { r: 255, g: 255, b: 255 }
// expect: c3 is white: true
