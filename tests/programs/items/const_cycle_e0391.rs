// Two constants defined by each other have no value: rustc reports the cycle (E0391).
const WIDTH: u32 = HEIGHT * 2;
const HEIGHT: u32 = WIDTH / 2;

fn main() {
    println!("{}", WIDTH);
}
// error: E0391 at 2:1
// headline: differs: rustc names a different query of the cycle
