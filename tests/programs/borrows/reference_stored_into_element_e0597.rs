// Storing a reference into an element (`v[0] = &x`) keeps the borrow in `v` just as a push does (E0597).
fn main() {
    let zero = 0;
    let mut slots = vec![&zero, &zero];
    {
        let x = 7;
        slots[0] = &x;
    }
    println!("{:?}", slots);
}
// error: E0597 at 7:20
