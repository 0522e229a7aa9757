// A generic impl may spell its method's signature with its own parameter where the trait says Self::Item (`impl<T> Keeper for Stack<T> { type Item = T; fn first(&self) -> Option<&T> }`): the two are the same type, as rustc sees them.
trait Keeper {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
    fn take_last(&mut self) -> Option<Self::Item>;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Keeper for Stack<T> {
    type Item = T;
    fn first(&self) -> Option<&T> {
        self.items.first()
    }
    fn take_last(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn first_of<K: Keeper>(k: &K) -> Option<&K::Item> {
    k.first()
}

fn main() {
    let mut words = Stack { items: vec![String::from("stack"), String::from("heap")] };
    println!("{:?}", words.first());
    println!("{:?}", words.take_last());
    let numbers = Stack { items: vec![3, 1, 2] };
    println!("{:?} {:?}", first_of(&numbers), first_of(&words));
}
// expect: Some("stack")
// expect: Some("heap")
// expect: Some(3) Some("stack")
