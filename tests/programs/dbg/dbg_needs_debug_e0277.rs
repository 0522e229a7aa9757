// dbg! formats with {:#?}: a struct without Debug cannot be passed to it (E0277 at the macro).
struct Meters(f64);

fn main() {
    let m = Meters(2.5);
    dbg!(m);
}
// error: E0277 at 6:5
