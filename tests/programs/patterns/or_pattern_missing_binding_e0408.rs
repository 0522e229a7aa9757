// Every alternative of an or-pattern must bind the same names: `Some(x) | None` leaves `x` unbound when `None` matches (E0408 at `None`).
fn main() {
    let o = Some(3);
    match o {
        Some(x) | None => println!("{}", x),
    }
}
// error: E0408 at 5:19
