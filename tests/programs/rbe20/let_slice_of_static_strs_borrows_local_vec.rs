// A let typed `&[&'static str]` borrows a local Vec for the slice's own (inferred) lifetime: only the elements must be 'static.
fn main() {
    let parts: Vec<&'static str> = vec!["alpha", "beta", "gamma"];
    let all: &[&'static str] = parts.as_slice();
    if let [first, rest @ ..] = all {
        println!("{} then {:?}", first, rest);
    }
    let r: &Vec<&'static str> = &parts;
    if let [a, ..] = r.as_slice() {
        println!("{}", a);
    }
    let pair: (&[&'static str], usize) = (&parts[1..], parts.len());
    println!("{:?}", pair);
}
// expect: alpha then ["beta", "gamma"]
// expect: alpha
// expect: (["beta", "gamma"], 3)
