// Option<Option<String>> keeps both Nones in the capacity word: each level reads back the value it stored, and only Some(Some(s)) owns text.
fn show(x: &Option<Option<String>>) -> String {
    match x {
        None => String::from("none"),
        Some(None) => String::from("some none"),
        Some(Some(s)) => format!("some some {}", s),
    }
}

fn main() {
    let mut all: Vec<Option<Option<String>>> = Vec::new();
    all.push(Some(Some(String::from("deep"))));
    all.push(Some(None));
    all.push(None);
    all.push(Some(Some(String::new())));
    for x in &all {
        println!("{}", show(x));
    }
    let last = all.pop().unwrap();
    println!("{:?}", last);
    let inner = match all.remove(0) {
        Some(x) => x,
        None => None,
    };
    println!("{:?}", inner);
    println!("{:?}", all);
}
// expect: some some deep
// expect: some none
// expect: none
// expect: some some 
// expect: Some(Some(""))
// expect: Some("deep")
// expect: [Some(None), None]
