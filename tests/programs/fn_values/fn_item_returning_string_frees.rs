// A named function that builds a String, used by `map`: each String is allocated by the call and freed with the Vec.
fn label(n: &i32) -> String {
    format!("#{}", n)
}

fn main() {
    let v = vec![7, 8];
    let labels: Vec<String> = v.iter().map(label).collect();
    println!("{}", labels.join(" "));
}
// expect: #7 #8
