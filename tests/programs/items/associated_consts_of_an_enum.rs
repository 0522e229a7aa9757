// An enum's associated constants: a variant value and an array of names, read through Self in a method.
#[derive(Debug)]
enum Color { Red, Custom(u8, u8, u8) }
impl Color {
    const WHITE: Color = Color::Custom(255, 255, 255);
    const NAMES: [&'static str; 2] = ["red", "custom"];
    fn name(&self) -> &'static str { match self { Color::Red => Self::NAMES[0], Color::Custom(..) => Self::NAMES[1] } }
}
fn main() {
    let c = Color::WHITE;
    println!("{:?} {} {}", c, c.name(), Color::Red.name());
    let s: &str = Color::NAMES[1];
    println!("{}", s.len());
}
// expect: Custom(255, 255, 255) custom red
// expect: 6
