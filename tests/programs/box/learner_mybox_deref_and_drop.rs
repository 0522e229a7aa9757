// The book's MyBox with Deref (deref coercion to &str), a Drop type dropped early with drop(), a Box cons list summed, boxed closures.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, x);
    assert_eq!(5, *y);
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    let c = CustomSmartPointer { data: String::from("my stuff") };
    let d = CustomSmartPointer { data: String::from("other stuff") };
    println!("CustomSmartPointers created.");
    drop(c);
    println!("CustomSmartPointer dropped before the end of main.");
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    println!("sum {}", sum(&list));
    let shapes: Vec<Box<dyn Fn(f64) -> f64>> = vec![Box::new(|r| 3.0 * r * r), Box::new(|s| s * s)];
    for s in &shapes {
        println!("{:.1}", s(2.0));
    }
    let _keep = &d;
}
// expect: Hello, Rust!
// expect: CustomSmartPointers created.
// expect: Dropping CustomSmartPointer with data `my stuff`!
// expect: CustomSmartPointer dropped before the end of main.
// expect: sum 6
// expect: 12.0
// expect: 4.0
// expect: Dropping CustomSmartPointer with data `other stuff`!
