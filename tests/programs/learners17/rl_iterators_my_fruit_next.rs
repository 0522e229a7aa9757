// Rustlings-style: stepping an iterator over a slice with next() until None.
fn main() {
    let my_fav_fruits = vec!["banana", "custard apple", "avocado", "peach", "raspberry"];
    let mut my_iterable_fav_fruits = my_fav_fruits.iter();
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());
}
// expect: Some("banana")
// expect: Some("custard apple")
// expect: Some("avocado")
// expect: Some("peach")
// expect: Some("raspberry")
// expect: None
