// An alias is not a new type, so its mismatches name the aliased type: a `Meters` (f64) is no i32.
type Meters = f64;

fn main() {
    let height: Meters = 1.8;
    let rounded: i32 = height;
    println!("{}", rounded);
}
// error: E0308 at 6:24
