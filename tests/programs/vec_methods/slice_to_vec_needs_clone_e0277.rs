// to_vec of a slice whose elements are not Clone: E0277 at the method's name, as rustc.
struct N(i32);

fn main() {
    let v = vec![N(1)];
    let w = v[..].to_vec();
    println!("{}", w.len());
}
// error: E0277 at 6:19
