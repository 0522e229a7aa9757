// Iterating with &mut to add 50 to each, and a Vec of an enum for mixed cells.
#[derive(Debug)]
enum SpreadsheetCell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn main() {
    let mut v = vec![100, 32, 57];
    for i in &mut v {
        *i += 50;
    }
    println!("{v:?}");
    let row = vec![
        SpreadsheetCell::Int(3),
        SpreadsheetCell::Text(String::from("blue")),
        SpreadsheetCell::Float(10.12),
    ];
    for cell in &row {
        match cell {
            SpreadsheetCell::Int(i) => println!("int {i}"),
            SpreadsheetCell::Float(f) => println!("float {f}"),
            SpreadsheetCell::Text(s) => println!("text {s}"),
        }
    }
    println!("{:?}", row);
}
// expect: [150, 82, 107]
// expect: int 3
// expect: text blue
// expect: float 10.12
// expect: [Int(3), Text("blue"), Float(10.12)]
