// Ranges bounded by constants leave the values above HIGH uncovered: rustc names the missing range with i32::MAX (E0004).
const LOW: i32 = -10;
const HIGH: i32 = 10;
fn main() {
    let n = 3;
    match n {
        i32::MIN..LOW => println!("low"),
        LOW..=HIGH => println!("mid"),
    }
}
// error: E0004 at 6:11
