// Rust-by-Example-style: moving a String out while a closure that borrows it is still called later is E0505.
fn main() {
    let color = String::from("green");
    let print = || println!("`color`: {}", color);
    print();
    let _color_moved = color;
    print();
}
// error: E0505 at 6:24
