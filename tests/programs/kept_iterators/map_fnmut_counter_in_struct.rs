// A kept Map's FnMut closure keeps its state inside the Map: the count goes on across `next` calls and the loop.
fn main() {
    let v = vec![10, 20, 30];
    let mut calls = 0;
    let mut it = v.iter().map(|x| {
        calls += 1;
        x + calls
    });
    println!("{:?}", it.next());
    for x in it {
        println!("{}", x);
    }
    println!("calls = {}", calls);
}
// expect: Some(11)
// expect: 22
// expect: 33
// expect: calls = 3
