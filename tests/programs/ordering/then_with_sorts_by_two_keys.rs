// `Ordering::then_with` breaks a tie with a second key, and `reverse` flips an order: a sort by age descending, then by name.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut people = vec![
        Person { name: String::from("Bo"), age: 30 },
        Person { name: String::from("Al"), age: 30 },
        Person { name: String::from("Cy"), age: 20 },
    ];
    people.sort_by(|a, b| a.age.cmp(&b.age).reverse().then_with(|| a.name.cmp(&b.name)));
    for p in &people {
        println!("{} {}", p.name, p.age);
    }
}
// expect: Al 30
// expect: Bo 30
// expect: Cy 20
