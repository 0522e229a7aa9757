// iter, iter_mut and into_iter on one Vec: read, change in place, then consume, with prints.
fn main() {
    let mut v1 = vec![1, 2, 3];
    let mut it = v1.iter();
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());

    for x in v1.iter_mut() {
        *x *= 10;
    }
    println!("after iter_mut: {:?}", v1);
    let total: i32 = v1.iter().sum();
    println!("total = {}", total);

    let v2: Vec<i32> = v1.iter().map(|x| x + 1).collect();
    println!("v2 = {:?}", v2);
    let strings: Vec<String> = v1.into_iter().map(|n| format!("#{}", n)).collect();
    println!("{:?}", strings);
}
// expect: Some(1)
// expect: Some(2)
// expect: Some(3)
// expect: None
// expect: after iter_mut: [10, 20, 30]
// expect: total = 60
// expect: v2 = [11, 21, 31]
// expect: ["#10", "#20", "#30"]
