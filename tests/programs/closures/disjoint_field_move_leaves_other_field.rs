// A `move` closure using `p.name` takes only that field: `p.tags` is still p's, dropped at the end of main, after the closure.
struct Profile {
    name: String,
    tags: Vec<u8>,
}

fn main() {
    let p = Profile { name: String::from("ada"), tags: vec![1, 2] };
    let greet = move || println!("hi {}", p.name);
    greet();
    drop(greet);
    println!("{}", p.tags.len());
}
// expect: hi ada
// expect: 2
