// With From<(u8, u8, u8)> and From<&str> for one type, `Color::from((1, 2, 3))` fits only the first: its literals become u8, as rustc's one-candidate selection makes them (a false E0277 for From<(i32, i32, i32)> before).
#[derive(Debug)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

impl From<(u8, u8, u8)> for Color {
    fn from(t: (u8, u8, u8)) -> Self {
        Color { r: t.0, g: t.1, b: t.2 }
    }
}

impl From<&str> for Color {
    fn from(_s: &str) -> Self {
        Color { r: 0, g: 0, b: 0 }
    }
}

struct Id(u64);

impl From<u64> for Id {
    fn from(x: u64) -> Self {
        Id(x)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.len() as u64)
    }
}

fn main() {
    let c = Color::from((1, 2, 250));
    println!("{:?}", c);
    let d = Id::from(5);
    let e: Id = 7.into();
    println!("{} {} {}", d.0, e.0, Id::from("abc").0);
}
// expect: Color { r: 1, g: 2, b: 250 }
// expect: 5 7 3
