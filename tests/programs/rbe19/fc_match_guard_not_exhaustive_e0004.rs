// Guards are not counted for exhaustiveness: two guarded arms covering all u8 still need `_` (E0004).
fn main() {
    let number: u8 = 4;
    match number {
        i if i == 0 => println!("Zero"),
        i if i > 0 => println!("Greater than zero"),
    }
}
// error: E0004 at 4:11
