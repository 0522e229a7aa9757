// Every way out of a `loop` is a `break` that comes after the new value, so the reference no longer borrows the Vec after the loop.
fn main() {
    let mut v = vec![1, 2, 3];
    let fallback = 0;
    let mut r = &v[0];
    let mut tries = 0;
    loop {
        tries += 1;
        if tries > 2 {
            r = &fallback;
            break;
        }
    }
    v.push(4);
    println!("{} after {} tries", r, tries);
}
// expect: 0 after 3 tries
