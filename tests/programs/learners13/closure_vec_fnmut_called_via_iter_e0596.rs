// Calling Box<dyn FnMut()> closures through iter() (shared references) is E0596; iter_mut() is needed.
fn main() {
    let mut count = 0;
    let mut hooks: Vec<Box<dyn FnMut()>> = Vec::new();
    hooks.push(Box::new(move || {
        count += 1;
        println!("count {}", count);
    }));
    for h in hooks.iter() {
        h();
    }
}
// error: E0596 at 10:9
