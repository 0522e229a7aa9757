// Tuple structs have unnamed fields accessed by position: `.0`, `.1`.
struct Color(i32, i32, i32);
struct Point(i32, i32, i32);

fn main() {
    let black = Color(0, 0, 0);
    let origin = Point(0, 0, 0);
    let white = Color(255, 255, 255);
    println!("{} {} {}", black.0, black.1, black.2);
    println!("{} {}", origin.0, white.2);
}
// expect: 0 0 0
// expect: 0 255
