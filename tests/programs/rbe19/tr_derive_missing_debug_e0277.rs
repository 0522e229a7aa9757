// Printing with {:?} a struct that does not derive Debug is E0277.
struct Seconds(i32);

fn main() {
    let one_second = Seconds(1);
    println!("One second looks like: {:?}", one_second);
}
// error: E0277 at 6:45
