// A field read through a Vec's index (`people[0].age`) while the Vec is borrowed `&mut`: Index::index borrows the Vec, so rustc says E0502 "cannot borrow `people` as immutable", not E0503.
struct Person {
    age: u32,
}
fn main() {
    let mut people = vec![Person { age: 30 }];
    let all = &mut people;
    let age = people[0].age;
    all.push(Person { age: age + 1 });
    println!("{}", people.len());
}
// error: E0502 at 8:15
