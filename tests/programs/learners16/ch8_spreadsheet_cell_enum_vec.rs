// A Vec of SpreadsheetCell (Int, Float, Text) holding different types, matched per cell.
#[derive(Debug)]
enum SpreadsheetCell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn main() {
    let row = vec![
        SpreadsheetCell::Int(3),
        SpreadsheetCell::Text(String::from("blue")),
        SpreadsheetCell::Float(10.12),
    ];
    for cell in &row {
        match cell {
            SpreadsheetCell::Int(i) => println!("int {}", i),
            SpreadsheetCell::Float(f) => println!("float {:.1}", f),
            SpreadsheetCell::Text(s) => println!("text {}", s),
        }
    }
    println!("{:?}", row);
}
// expect: int 3
// expect: text blue
// expect: float 10.1
// expect: [Int(3), Text("blue"), Float(10.12)]
