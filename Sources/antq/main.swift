import Foundation

print("antq")
