// Matching `&Option<String>` binds the payload as `&String` by default binding modes, leaving the Option usable.
fn length(opt: &Option<String>) -> usize {
    match opt {
        Some(s) => s.len(),
        None => 0,
    }
}

fn main() {
    let name = Some(String::from("Ada"));
    println!("{}", length(&name));
    println!("{}", length(&None));
    if let Some(s) = &name {
        println!("still here: {}", s);
    }
    let pairs = vec![(1, String::from("one")), (2, String::from("two"))];
    for (n, word) in &pairs {
        println!("{} {}", n, word);
    }
    println!("{}", pairs.len());
}
// expect: 3
// expect: 0
// expect: still here: Ada
// expect: 1 one
// expect: 2 two
// expect: 2
