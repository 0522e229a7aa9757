// After a `move` closure takes `p.name`, using `p.name` again is E0382, though `p.tags` is fine.
struct Profile {
    name: String,
    tags: Vec<u8>,
}

fn main() {
    let p = Profile { name: String::from("ada"), tags: vec![1, 2] };
    let greet = move || println!("hi {}", p.name);
    greet();
    println!("{} {}", p.tags.len(), p.name);
}
// error: E0382 at 11:37
