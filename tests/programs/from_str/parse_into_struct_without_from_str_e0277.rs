// Parsing into a struct with no FromStr impl is E0277 at `parse`, as rustc reports it before anything else.
struct P;
fn main() {
    let r = "x".parse::<P>();
    let _ = r;
}
// error: E0277 at 4:17
