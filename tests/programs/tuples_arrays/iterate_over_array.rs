// `for x in a` iterates over an array's elements by value.
fn main() {
    let a = [10, 20, 30, 40, 50];
    let mut sum = 0;
    for element in a {
        sum += element;
    }
    println!("sum {}", sum);
    for x in &a {
        print!("{} ", x * 2);
    }
    println!("|");
}
// expect: sum 150
// expect: 20 40 60 80 100 |
