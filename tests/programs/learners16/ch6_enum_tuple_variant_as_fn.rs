// A tuple variant used as a function in map (Some, Wrapper::Num) to build Vecs of enums.
#[derive(Debug)]
enum Value {
    Num(i64),
    Text(String),
}

fn main() {
    let nums: Vec<Value> = vec![1, 2, 3].into_iter().map(Value::Num).collect();
    let texts: Vec<Value> = vec!["a", "b"].into_iter().map(|s| Value::Text(s.to_string())).collect();
    let opts: Vec<Option<i32>> = vec![4, 5].into_iter().map(Some).collect();
    println!("{:?} {:?} {:?}", nums, texts, opts);
}
// expect: [Num(1), Num(2), Num(3)] [Text("a"), Text("b")] [Some(4), Some(5)]
