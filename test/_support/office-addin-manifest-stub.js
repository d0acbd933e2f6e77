// Stands in for office-addin-manifest under Jest: office-addin-mock only reads the OfficeApp enum.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
