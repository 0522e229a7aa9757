// Only a guarded arm on an isize: its whole range is written `_` (E0004).
fn main() {
    let offset: isize = -2;
    match offset {
        o if o < 0 => println!("back"),
    }
}
// error: E0004 at 4:11
