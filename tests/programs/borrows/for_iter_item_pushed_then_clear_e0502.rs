// `for w in v.iter()` yields references into v; pushed into `out`, they keep v borrowed, so `v.clear()` before out is used is rustc's E0502.
fn main() {
    let mut v = vec![String::from("x"), String::from("y")];
    let mut out: Vec<&String> = Vec::new();
    for w in v.iter() {
        out.push(w);
    }
    v.clear();
    println!("{:?}", out);
}
// error: E0502 at 8:5
