// A reference to a local pushed through a `&mut Vec<&str>` parameter would outlive the function's frame (E0597).
fn fill(v: &mut Vec<&str>) {
    let s = String::from("local");
    v.push(&s);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{:?}", v);
}
// error: E0597 at 4:12
