// Destructuring enum variants with tuple payloads of different lengths.
#[allow(dead_code)]
enum Color {
    Red,
    Blue,
    Green,
    RGB(u32, u32, u32),
    HSV(u32, u32, u32),
    CMYK(u32, u32, u32, u32),
}

fn show(color: Color) {
    match color {
        Color::Red => println!("The color is Red!"),
        Color::Blue => println!("The color is Blue!"),
        Color::Green => println!("The color is Green!"),
        Color::RGB(r, g, b) => println!("R: {}, G: {}, B: {}", r, g, b),
        Color::HSV(h, s, v) => println!("H: {}, S: {}, V: {}", h, s, v),
        Color::CMYK(c, m, y, k) => println!("C: {}, M: {}, Y: {}, K: {}", c, m, y, k),
    }
}

fn main() {
    show(Color::RGB(122, 17, 40));
    show(Color::CMYK(1, 2, 3, 4));
    show(Color::Green);
}
// expect: R: 122, G: 17, B: 40
// expect: C: 1, M: 2, Y: 3, K: 4
// expect: The color is Green!
