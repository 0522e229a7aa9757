// `for (id, name) in &data` binds `name: &String` into data; pushed into `names`, it keeps data borrowed, so `drop(data)` before names is printed is rustc's E0505.
fn main() {
    let data = vec![(1, String::from("a")), (2, String::from("b"))];
    let mut names = Vec::new();
    for (id, name) in &data {
        if *id > 1 {
            names.push(name);
        }
    }
    drop(data);
    println!("{:?}", names);
}
// error: E0505 at 10:10
